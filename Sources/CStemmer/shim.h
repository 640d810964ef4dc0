// Snowball's stemmers (Debian's libstemmer-dev). Nothing here is variadic, so the
// header is included as it is.
#include <libstemmer.h>
