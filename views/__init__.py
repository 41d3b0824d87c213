"""The Qt user interface. Talks only to app.services (DTOs in, DTOs out)."""
