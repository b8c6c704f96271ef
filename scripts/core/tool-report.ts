/**
 * What a command's tool function hands back to the shell: the output proper (standard output, or the file of
 * `--out`), the summary for standard error, and whether it found problems (exit 1). The shell only prints.
 */
export interface ToolReport {
  stdout: string;
  stderr: string;
  failed: boolean;
}
