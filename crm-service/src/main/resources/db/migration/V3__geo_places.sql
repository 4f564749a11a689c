-- Places from geo-service, validated by a call to it before they are stored (never stored unvalidated).
alter table clients add column country_id uuid, add column province_id uuid, add column commune_id uuid,
                    add column territory_id uuid;
alter table sites add column country_id uuid, add column province_id uuid, add column commune_id uuid,
                  add column territory_id uuid;
