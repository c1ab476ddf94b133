import { version } from '../../package.json';

const USAGE = `contact-diary — your follow-up diary from a terminal

Usage:
  contact-diary --help       show this help
  contact-diary --version    print the version
`;

export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    out(USAGE);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    out(`${version}\n`);
    return 0;
  }
  err(`contact-diary: unknown command "${first}" (see contact-diary --help)\n`);
  return 2;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
