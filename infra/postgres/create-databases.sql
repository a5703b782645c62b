-- One database per service (each service owns its schema and runs its own migrations).
CREATE DATABASE intake;
CREATE DATABASE routing;
CREATE DATABASE legal_aid;
CREATE DATABASE mediation;
CREATE DATABASE hotline_exchange;
-- The identity provider's own database (Keycloak creates its schema on first start).
CREATE DATABASE keycloak;
