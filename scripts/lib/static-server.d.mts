export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  close(): Promise<void>;
}
export function startStaticServer(dir: string, options?: { port?: number }): Promise<StaticServer>;
