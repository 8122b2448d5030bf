// Spotless's check with google-java-format (AOSP) accepted what init and generate wrote, with no formatter run.
binding.setVariable('checkGoal', 'spotless:3.11.0:check')
def migration = evaluate(new File(basedir, '../../../src/it/formatter-check.groovy'))
assert new File(basedir, 'build.log').text.contains('0 needs changes to be clean')
// AOSP's layout of the builder chain, not the plugin's own.
assert migration.contains('op.createTable(\n                table("Note")\n                        .column(')
return true
