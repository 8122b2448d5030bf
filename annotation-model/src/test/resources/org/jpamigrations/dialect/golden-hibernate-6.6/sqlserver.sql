# create table with identity, default, comment, quoted column and nullable unique
create table customer (id bigint identity not null, name varchar(100) not null, email varchar(255), balance numeric(38,2), created_at datetime2(6), status varchar(20) default 'NEW' not null, [order] int, primary key (id))
create unique nonclustered index uk_customer_email on customer (email) where email is not null

