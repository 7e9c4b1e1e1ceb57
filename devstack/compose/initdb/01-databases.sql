-- Run once by the official postgres image when its data volume is empty (docker-entrypoint-initdb.d),
-- as POSTGRES_USER (khet). One database per service, as ./khet's PostgresServer creates them.
CREATE DATABASE school OWNER khet ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE assessment OWNER khet ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE budget OWNER khet ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE project OWNER khet ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE report OWNER khet ENCODING 'UTF8' TEMPLATE template0;
