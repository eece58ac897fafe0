"""Services: the catalogue browser and a service's details."""
