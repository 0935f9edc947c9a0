# k8slint as a container image, for pre-commit (`language: docker`), CI jobs and machines
# without a compiler. Build and use it as docs/install.md says:
#   docker build -t k8slint .
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/src" k8slint
# The build stage runs the project's own scripts on Debian 12 and makes the portable
# binary (C++ libraries linked statically, glibc only; scripts/package.sh checks it).
FROM debian:bookworm AS build
WORKDIR /k8slint
# The build dependencies first, so this layer is reused while only the sources change.
COPY scripts/setup.sh scripts/package.sh scripts/
RUN bash scripts/setup.sh --deps
COPY CMakeLists.txt ./
COPY cmake cmake
COPY linter linter
COPY rules rules
RUN bash scripts/package.sh --binary-only --out /out

# The final stage: the binary, and libgit2 so that .gitignore and the git index are read
# (the package name carries the ABI the binary was built against).
FROM debian:bookworm-slim
# k8slint ignore=DF060 -- Debian security updates of the same ABI should reach the image
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgit2-1.5 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/k8slint /usr/local/bin/k8slint
# Any user can run it: pre-commit and `docker run -u` pass the caller's uid, so files
# written under /src (reports) belong to them and libgit2 trusts the mounted repository.
USER 10001:10001
WORKDIR /src
ENTRYPOINT ["k8slint"]
