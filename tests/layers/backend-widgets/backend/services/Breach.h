// Planted breach for the layers test: nothing in backend/ uses QtWidgets.
#include <QWidget>
