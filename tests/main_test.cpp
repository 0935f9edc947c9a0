#define BOOST_TEST_MODULE k8slint
#include <boost/test/unit_test.hpp>
