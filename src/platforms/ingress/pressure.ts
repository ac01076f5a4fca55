/**
 * Webhook requests being answered right now in this process. The work behind earlier
 * acknowledgements yields to them: an acknowledgement has a deadline (Slack's and Discord's 3 s),
 * the work behind it only has to follow. One per process, since the event loop they share is.
 */
export class RequestPressure {
  private inFlight = 0;

  enter(): void {
    this.inFlight += 1;
  }

  leave(): void {
    this.inFlight -= 1;
  }

  get busy(): boolean {
    return this.inFlight > 0;
  }
}

export const webhookPressure = new RequestPressure();
