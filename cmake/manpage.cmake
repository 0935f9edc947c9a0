# Writes the k8slint(1) man page from the binary's own --help texts, so it cannot drift
# from the options: the main help, then one section per subcommand the help lists.
#   cmake -DK8SLINT=path/to/k8slint -DOUT=k8slint.1 -P cmake/manpage.cmake
# Run by `cmake --install` (cmake/install.cmake).

function(k8slint_help out)
  execute_process(COMMAND ${K8SLINT} ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${K8SLINT} ${ARGN} --help exited with ${rc}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Plain text as a roff no-fill block: escape backslashes and hyphens (so options copy as
# ASCII), and protect lines that start with a control character.
function(k8slint_roff out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

execute_process(COMMAND ${K8SLINT} --version OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
k8slint_help(main)
k8slint_roff(page "${main}")
set(page ".TH K8SLINT 1 \"\" \"${version}\" \"User Commands\"
.SH NAME
k8slint \\- lint Dockerfiles, Helm charts, Kubernetes manifests, .env files and PowerShell
.SH SYNOPSIS
.B k8slint
[\\fIOPTIONS\\fR] [\\fIPATH\\fR...]
.br
.B k8slint
\\fISUBCOMMAND\\fR [\\fIOPTIONS\\fR]
.SH DESCRIPTION
${page}")

# Subcommands: the indented names under "Subcommands:" in the main help.
string(REGEX REPLACE ".*\nSubcommands:\n" "" listed "${main}")
string(REGEX MATCHALL "(^|\n)  [a-z][a-z-]*" names "${listed}")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  k8slint_help(help ${name})
  k8slint_roff(section "${help}")
  string(APPEND page ".SH \"k8slint ${name}\"\n${section}")
endforeach()

string(APPEND page ".SH \"EXIT STATUS\"
0: no finding at or above \\fB\\-\\-fail\\-on\\fR (default warning);
1: findings at or above it;
2: usage, configuration or I/O error.
.SH \"SEE ALSO\"
\\fBk8slint explain\\fR \\fIRULE\\fR prints a rule's documentation;
https://github.com/k8slint/k8slint/tree/main/docs
")
file(WRITE ${OUT} "${page}")
