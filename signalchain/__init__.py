"""signalchain: warehouse-native customer signal management."""

__version__ = "0.1.0"
