"""Core of the Mali Incident Atlas: ACLED exports in, styled layers and a printed atlas out.

Nothing in this package imports widgets, ``iface`` or ``qgis.gui``: the command line, the
Processing algorithms and the QGIS toolbar all call the same functions from here.
"""
