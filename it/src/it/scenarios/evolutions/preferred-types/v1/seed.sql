insert into Measurement (id, kind, level, flag) values ('0e4d6f3a-8c9b-4a51-9a53-7f1d2c3b4a59', 'A', 1, true);
