insert into Track (id, title) values (1, 'One');
insert into Track (id, title) values (2, 'Two');
insert into ChartEntry (region, week, track_id) values ('eu', 1, 1);
insert into ChartEntry (region, week, track_id) values ('eu', 2, 2);
insert into ChartEntry (region, week, track_id) values ('us', 1, 2);
