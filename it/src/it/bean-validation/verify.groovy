def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
def generated = migrations.listFiles().find { it.name.endsWith('_CreateClub.java') }
assert generated != null
def source = generated.text
// @NotBlank @Size(max = 40): not null, 40 characters; the test compares the rest with Hibernate's export
assert source.contains('column("nickname", varchar(40)).notNull()')
// @Min(0) @Max(150): a check for each bound
assert source.contains('"age>=0"') && source.contains('"age<=150"')
assert log.contains('Applied ')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
return true
