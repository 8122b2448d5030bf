// The project as a pull request sees it: a git repository whose main branch holds the first migration, and a
// branch that adds the risky second one (both variants); lint then reviews what the branch adds.
def git(String... arguments) {
    def command = ['git', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false',
                   '-c', 'init.defaultBranch=main'] + arguments.toList()
    def process
    try {
        process = command.execute(null, basedir)
    } catch (IOException e) {
        throw new IllegalStateException("git is needed for this project's branch review: install it (${e.message})")
    }
    def output = new StringBuilder()
    process.waitForProcessOutput(output, output)
    assert process.exitValue() == 0 : "git ${arguments.join(' ')}: ${output}"
}

new File(basedir, '.gitignore').text = '/target/\n/db/\n/build.log\n'
git('init', '-q')
git('symbolic-ref', 'HEAD', 'refs/heads/main')
git('add', '.gitignore', 'pom.xml', 'invoker.properties', 'src/main')
git('commit', '-q', '-m', 'create customer')
git('checkout', '-q', '-b', 'drop-fax')
git('add', 'src/migration-plain', 'src/migration-acknowledged')
git('commit', '-q', '-m', 'drop fax')
return true
