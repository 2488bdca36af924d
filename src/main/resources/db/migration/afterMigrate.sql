-- Runs after every migration: gives the application's runtime user its grants on the tables as they
-- now are. runtime_grantees names it (for example `kneerehab_app`@`%`), or is 'none' where the
-- application itself owns the schema (development and the embedded database).
CALL grant_runtime_user('${runtime_grantees}');
