# add not-null generated column
alter table customer add column due numeric(38,2) generated always as (balance * 2) stored not null

