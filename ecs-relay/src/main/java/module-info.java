/**
 * ECS centre relay: forwards kiosk frames to the hub by header only. Stores nothing.
 */
module konbini.relay {
    requires konbini.node;
    requires org.slf4j;

    exports jp.konbini.relay;
}
