// Boost.JSON and Boost.URL as sources of this build (their header-only form), instrumented like the harnesses.
#include <boost/json/src.hpp>
#include <boost/url/src.hpp>
