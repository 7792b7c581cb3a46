"""The Rapportage tab: the year's figures beside last year's, the report's prose, the exports."""
