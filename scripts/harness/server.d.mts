/** code-server's command line; see server.mjs. */
export declare function serverArgs(options: {
  codeServer: string;
  port: number;
  config: string;
  userDataDir: string;
  extensionsDir: string;
  smokeTestDriver?: boolean;
}): string[];
