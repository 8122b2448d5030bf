insert into account_details (account_id, bio) values (1, 'Mathematician');
