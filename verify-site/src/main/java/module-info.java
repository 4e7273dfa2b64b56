/**
 * The verification site for the back-side scramble image (to be built; see issue 5).
 */
module konbini.verify {
    requires konbini.render;
    requires konbini.crypto;

    exports jp.konbini.verify;
}
