# create schema
create database if not exists sales

# create quoted schema
create database if not exists `Sales`

# drop schema
set @jpa_migrations_drop = (select if(count(*) = 0, 'drop database sales', 'signal sqlstate ''45000'' set message_text = ''Database sales is not empty: it is not dropped''') from information_schema.tables where table_schema = 'sales')
prepare jpa_migrations_drop from @jpa_migrations_drop
execute jpa_migrations_drop
deallocate prepare jpa_migrations_drop

# create table with identity, default, comment, quoted column and nullable unique
create table customer (id bigint not null auto_increment, name varchar(100) not null, email varchar(255), balance decimal(38,2), created_at datetime(6), status varchar(20) default 'NEW' not null comment 'Lifecycle state', `order` integer, primary key (id), constraint uk_customer_email unique (email)) comment='People who buy' engine=InnoDB

# create table with not-null unique
create table purchase (id bigint not null, customer_id bigint not null, code varchar(30) not null, note varchar(255), primary key (id), constraint uk_purchase_code unique (code)) engine=InnoDB

# create quoted table with named primary key in a schema
create table app.`user` (id integer not null, active bit not null, sort_order integer default 0 not null, constraint pk_user primary key (id)) engine=InnoDB

# drop table
drop table app.audit

# rename table
rename table customer to client

# rename table in a schema
rename table app.audit to app.audit_log

# alter sequence

# comment on table
alter table customer comment='Buyers, old and new'

# remove table comment
alter table customer comment=''

# add not-null column with default
alter table customer add column visits integer default 0 not null

# add generated column
alter table customer add column shout varchar(100) generated always as (upper(name)) stored

# add not-null generated column
alter table customer add column due decimal(38,2) generated always as (balance * 2) stored not null

# add column with comment
alter table customer add column nickname varchar(50) comment 'Shown to friends'

# drop column
alter table customer drop column balance

# drop column with default
alter table customer drop column status

# alter column type
alter table customer modify column name varchar(200) not null

# alter column to not null
alter table customer modify column email varchar(255) not null

# alter column to not null online
alter table customer modify column email varchar(255) not null

# alter column to nullable
alter table customer modify column name varchar(100)

# alter column set default
alter table customer modify column balance decimal(38,2) default 0

# alter column change default
alter table customer modify column status varchar(20) default 'ACTIVE' not null comment 'Lifecycle state'

# alter column drop default
alter table customer modify column status varchar(20) not null comment 'Lifecycle state'

# alter column type, nullability and default
alter table customer modify column balance decimal(19,4) default 0 not null

# alter column to another kind of type
alter table customer modify column `order` varchar(12)

# alter column type of a column with a default
alter table customer modify column status varchar(40) default 'NEW' not null comment 'Lifecycle state'

# alter column comment
alter table customer modify column status varchar(20) default 'NEW' not null comment 'Where the customer is'

# alter column remove comment
alter table customer modify column status varchar(20) default 'NEW' not null

# alter column without change

# rename column
alter table customer rename column email to mail

# rename quoted column
alter table customer rename column `order` to `rank`

# add foreign key
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id)

# add foreign key on delete cascade
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) on delete cascade

# add foreign key on delete set null
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) on delete set null

# add foreign key on delete restrict
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) on delete restrict

# add foreign key with its own definition
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) on update cascade

# drop foreign key
alter table purchase drop foreign key fk_purchase_customer

# add unique constraint on nullable column
alter table purchase add constraint uk_purchase_note2 unique (note)

# add unique constraint on not-null columns
alter table purchase add constraint uk_purchase_customer_code unique (customer_id, code)

# drop unique constraint on nullable column
alter table purchase drop index uk_purchase_note

# drop unique constraint on not-null column
alter table purchase drop index uk_purchase_code

# add primary key
alter table purchase add primary key (id)

# add named composite primary key
alter table purchase add constraint pk_purchase primary key (customer_id, code)

# drop primary key
alter table purchase drop primary key

# drop named primary key
alter table purchase drop primary key

# drop primary key in a schema
alter table app.audit drop primary key

# create table with named and generated-name check constraints
create table stock (id bigint not null, quantity integer not null, state varchar(10), primary key (id), constraint ck_stock_quantity check (quantity >= 0), constraint CKo164a5n7x9ti3o1luf0q8qv0t check (state in ('NEW','SOLD'))) engine=InnoDB

# add check constraint
alter table customer add constraint ck_customer_balance check (balance >= 0)

# drop check constraint
alter table customer drop check ck_customer_status

# create index
create index idx_purchase_customer on purchase (customer_id, code)

# create index online
create index idx_purchase_customer on purchase (customer_id, code) algorithm=inplace lock=none

# create unique index online
create unique index idx_purchase_note_u on purchase (note) algorithm=inplace lock=none

# add foreign key online
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id)

# add check constraint online
alter table customer add constraint ck_customer_balance check (balance >= 0)

# create unique index
create unique index idx_purchase_note_u on purchase (note)

# create index in a schema
create index idx_audit_id_at on app.audit (id, at)

# create index with a descending column
create index idx_purchase_recent on purchase (customer_id, id desc)

# drop index
drop index idx_purchase_note on purchase

# drop index online
alter table purchase drop index idx_purchase_note, algorithm=inplace, lock=none

# drop the only index that serves a foreign key
alter table purchase drop foreign key fk_purchase_customer, drop index idx_purchase_customer_note
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id)

# drop index in a schema
drop index idx_audit_at on app.audit

# create sequence
create table invoice_seq (next_val bigint) engine=InnoDB
insert into invoice_seq (next_val) values (5)

# drop sequence
drop table purchase_seq

# create table with enums by name and by ordinal
create table ticket (id bigint not null, state enum ('CLOSED','OPEN') not null, priority tinyint, grade enum ('A','B'), primary key (id)) engine=InnoDB

# add enum column
alter table customer add column state enum ('CLOSED','OPEN')

# add a constant to an enum
alter table ticket modify column state enum ('CLOSED','OPEN','REOPENED') not null

# enum column becomes plain text
alter table ticket modify column state varchar(20) not null

# drop enum column
alter table ticket drop column priority

# rename enum column
alter table ticket rename column state to status

# rename table with an enum column
rename table ticket to issue

# execute sql
update customer set status = 'OLD' where balance < 0

# execute jdbc

