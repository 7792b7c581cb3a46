"""The Dossiers tab: family reunification dossiers, their deadlines and the monthly review."""
