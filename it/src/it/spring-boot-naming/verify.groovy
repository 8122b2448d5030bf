def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
def generated = migrations.listFiles().find { it.name.endsWith('_CreateStore.java') }
assert generated != null
def source = generated.text
assert source.contains('table("customer")') : 'Spring Boot names the table customer'
assert source.contains('column("full_name"')
assert source.contains('table("`Order`")') : 'the keyword is quoted, as auto_quote_keyword says'
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
return true
