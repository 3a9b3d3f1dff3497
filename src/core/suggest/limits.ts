/** The most clusters one may ask for. Apart from the engine so the task pane's first screen can use it without loading the engine. */
export const MAX_CLUSTERS = 200;
