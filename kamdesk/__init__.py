"""KAMDesk domain: key-account data, services and reports. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "KAMDesk"
