"""Application services: plain classes over a session factory, DTOs in and out."""
