package jp.konbini.hub;

import jp.konbini.protocol.Message;

/** Receives what a city sends on one stream of its link. */
interface StreamListener {
    void onMessage(Message message);

    /** The link to the city went down before the stream finished. */
    void onLinkDown();
}
