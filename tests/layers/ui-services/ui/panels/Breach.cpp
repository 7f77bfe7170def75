// Planted breach for the layers test: the GUI reaches servers only through client/.
#include "services/ConsentService.h"
