import { afterEach } from "vitest";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { resetEnvCache } from "@/lib/env";
import { type SmtpSink, type SmtpSinkOptions, startSmtpSink } from "./smtp-sink";

/**
 * For a test file whose tests point the app at a mail server: `use(url)` sets SMTP_URL (the at-once
 * deliveries read it), `start()` starts a listener and remembers it. After each test the background
 * deliveries settle, the listener closes and SMTP_URL is unset, so no test inherits another's server.
 */
export function smtpPerTest() {
  let current: SmtpSink | undefined;
  afterEach(async () => {
    await settleBackgroundDeliveries();
    await current?.close();
    current = undefined;
    delete process.env.SMTP_URL;
    resetEnvCache();
  });
  return {
    use(url: string) {
      process.env.SMTP_URL = url;
      resetEnvCache();
    },
    async start(port = 0, options: SmtpSinkOptions = {}): Promise<SmtpSink> {
      current = await startSmtpSink(port, options);
      return current;
    },
  };
}
