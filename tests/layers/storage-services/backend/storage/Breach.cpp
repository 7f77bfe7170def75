// Planted breach for the layers test: storage must not know the services above it.
#include "services/ConsentService.h"
