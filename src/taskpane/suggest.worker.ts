// The suggestion engine's Web Worker: the analysis of hundreds or thousands of recommendations
// runs here so the task pane stays responsive; Cancel terminates the worker.
import { runSuggestJob } from "./suggest-job";
import type { SuggestJob } from "./suggest-worker-protocol";

self.onmessage = (event: MessageEvent<SuggestJob>) => {
  void runSuggestJob(event.data, (reply) => self.postMessage(reply));
};
