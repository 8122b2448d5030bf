# create schema
if schema_id(N'sales') is null exec(N'create schema sales')

# create quoted schema
if schema_id(N'Sales') is null exec(N'create schema [Sales]')

# drop schema
drop schema sales

# create table with identity, default, comment, quoted column and nullable unique
create table customer (id bigint identity not null, name varchar(100) not null, email varchar(255), balance numeric(38,2), created_at datetime2(7), status varchar(20) default 'NEW' not null, [order] int, primary key (id))
create unique nonclustered index uk_customer_email on customer (email) where email is not null

# create table with not-null unique
create table purchase (id bigint not null, customer_id bigint not null, code varchar(30) not null, note varchar(255), primary key (id), constraint uk_purchase_code unique (code))

# create quoted table with named primary key in a schema
create table app.[user] (id int not null, active bit not null, sort_order int default 0 not null, constraint pk_user primary key (id))

# drop table
drop table app.audit

# rename table
exec sp_rename N'customer', N'client'

# rename table in a schema
exec sp_rename N'app.audit', N'audit_log'

# alter sequence
alter sequence app.audit_seq increment by 1

# comment on table

# remove table comment

# add not-null column with default
alter table customer add visits int default 0 not null

# add generated column
alter table customer add shout as (upper(name)) persisted

# add not-null generated column
alter table customer add due as (balance * 2) persisted not null

# add column with comment
alter table customer add nickname varchar(50)

# drop column
alter table customer drop column balance

# drop column with default
declare @name sysname = (select d.name from sys.default_constraints d join sys.columns c on c.object_id = d.parent_object_id and c.column_id = d.parent_column_id where d.parent_object_id = object_id(N'customer') and c.name = N'status'); if @name is not null exec(N'alter table customer drop constraint [' + @name + N']')
alter table customer drop column status

# alter column type
alter table customer alter column name varchar(200) not null

# alter column to not null
alter table customer alter column email varchar(255) not null

# alter column to not null online
alter table customer alter column email varchar(255) not null

# alter column to nullable
alter table customer alter column name varchar(100) null

# alter column set default
alter table customer add default 0 for balance

# alter column change default
declare @name sysname = (select d.name from sys.default_constraints d join sys.columns c on c.object_id = d.parent_object_id and c.column_id = d.parent_column_id where d.parent_object_id = object_id(N'customer') and c.name = N'status'); if @name is not null exec(N'alter table customer drop constraint [' + @name + N']')
alter table customer add default 'ACTIVE' for status

# alter column drop default
declare @name sysname = (select d.name from sys.default_constraints d join sys.columns c on c.object_id = d.parent_object_id and c.column_id = d.parent_column_id where d.parent_object_id = object_id(N'customer') and c.name = N'status'); if @name is not null exec(N'alter table customer drop constraint [' + @name + N']')

# alter column type, nullability and default
alter table customer alter column balance numeric(19,4) not null
alter table customer add default 0 for balance

# alter column to another kind of type
alter table customer alter column [order] varchar(12) null

# alter column type of a column with a default
declare @name sysname = (select d.name from sys.default_constraints d join sys.columns c on c.object_id = d.parent_object_id and c.column_id = d.parent_column_id where d.parent_object_id = object_id(N'customer') and c.name = N'status'); if @name is not null exec(N'alter table customer drop constraint [' + @name + N']')
alter table customer alter column status varchar(40) not null
alter table customer add default 'NEW' for status

# alter column comment

# alter column remove comment

# alter column without change

# rename column
exec sp_rename N'customer.email', N'mail', 'COLUMN'

# rename quoted column
exec sp_rename N'customer.[order]', N'rank', 'COLUMN'

# add foreign key
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id)

# add foreign key on delete cascade
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) on delete cascade

# add foreign key on delete set null
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) on delete set null

# add foreign key on delete restrict
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id)

# add foreign key with its own definition
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) on update cascade

# drop foreign key
alter table purchase drop constraint fk_purchase_customer

# add unique constraint on nullable column
create unique nonclustered index uk_purchase_note2 on purchase (note) where note is not null

# add unique constraint on not-null columns
alter table purchase add constraint uk_purchase_customer_code unique (customer_id, code)

# drop unique constraint on nullable column
drop index uk_purchase_note on purchase

# drop unique constraint on not-null column
alter table purchase drop constraint uk_purchase_code

# add primary key
alter table purchase add primary key (id)

# add named composite primary key
alter table purchase add constraint pk_purchase primary key (customer_id, code)

# drop primary key
declare @name sysname = (select name from sys.key_constraints where parent_object_id = object_id(N'purchase') and type = 'PK'); exec(N'alter table purchase drop constraint [' + @name + N']')

# drop named primary key
alter table purchase drop constraint pk_purchase

# drop primary key in a schema
declare @name sysname = (select name from sys.key_constraints where parent_object_id = object_id(N'app.audit') and type = 'PK'); exec(N'alter table app.audit drop constraint [' + @name + N']')

# create table with named and generated-name check constraints
create table stock (id bigint not null, quantity int not null, state varchar(10), primary key (id), constraint ck_stock_quantity check (quantity >= 0), constraint CKo164a5n7x9ti3o1luf0q8qv0t check (state in ('NEW','SOLD')))

# add check constraint
alter table customer add constraint ck_customer_balance check (balance >= 0)

# drop check constraint
alter table customer drop constraint ck_customer_status

# create index
create index idx_purchase_customer on purchase (customer_id, code)

# create index online
create index idx_purchase_customer on purchase (customer_id, code)

# create unique index online
create unique nonclustered index idx_purchase_note_u on purchase (note) where note is not null

# add foreign key online
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id)

# add check constraint online
alter table customer add constraint ck_customer_balance check (balance >= 0)

# create unique index
create unique nonclustered index idx_purchase_note_u on purchase (note) where note is not null

# create index in a schema
create index idx_audit_id_at on app.audit (id, at)

# create index with a descending column
create index idx_purchase_recent on purchase (customer_id, id desc)

# drop index
drop index idx_purchase_note on purchase

# drop index online
drop index idx_purchase_note on purchase

# drop the only index that serves a foreign key
drop index idx_purchase_customer_note on purchase

# drop index in a schema
drop index idx_audit_at on app.audit

# create sequence
create sequence invoice_seq start with 5 increment by 10

# drop sequence
drop sequence purchase_seq

# create table with enums by name and by ordinal
create table ticket (id bigint not null, state varchar(20) not null, priority smallint, grade char(1), primary key (id), constraint CKr670lydkl55ni4kq03i7fwk4n check (state in ('OPEN','CLOSED')), constraint CK3pr4eim8lxc1shpm7x3lmf8dk check (priority between 0 and 1), constraint CKt2r9i960nbywtgxy3k21q2fnd check (grade in ('A','B')))

# add enum column
alter table customer add state varchar(20)
alter table customer add constraint CKfvq6be0iquj59i5x3d51959b5 check (state in ('OPEN','CLOSED'))

# add a constant to an enum
alter table ticket drop constraint CKr670lydkl55ni4kq03i7fwk4n
alter table ticket add constraint CKr670lydkl55ni4kq03i7fwk4n check (state in ('OPEN','CLOSED','REOPENED'))

# enum column becomes plain text
alter table ticket drop constraint CKr670lydkl55ni4kq03i7fwk4n

# drop enum column
alter table ticket drop constraint CK3pr4eim8lxc1shpm7x3lmf8dk
alter table ticket drop column priority

# rename enum column
alter table ticket drop constraint CKr670lydkl55ni4kq03i7fwk4n
exec sp_rename N'ticket.state', N'status', 'COLUMN'
alter table ticket add constraint CK9c0mbxfnfax1i79xsdgaum6ih check (status in ('OPEN','CLOSED'))

# rename table with an enum column
alter table ticket drop constraint CKr670lydkl55ni4kq03i7fwk4n
alter table ticket drop constraint CK3pr4eim8lxc1shpm7x3lmf8dk
exec sp_rename N'ticket', N'issue'
alter table issue add constraint CK35a23blpiq10oq30c2jcr85av check (state in ('OPEN','CLOSED'))
alter table issue add constraint CKju7jvgbnquk234k2oagxt1qnu check (priority between 0 and 1)

# execute sql
update customer set status = 'OLD' where balance < 0

# execute jdbc

