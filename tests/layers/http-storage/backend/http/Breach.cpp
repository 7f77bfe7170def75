// Planted breach for the layers test: http must reach storage only through services.
#include "storage/Database.h"
