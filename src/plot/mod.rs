//! Plots drawn with plotters, generic over the backend (SVG in the page and in tests).
