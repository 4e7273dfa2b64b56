/**
 * The verification site for the back-side scramble image and the signed seal. Empty until the paper
 * security is built (issue 5): it will decode uploaded scans with the hub's scramble key and show the
 * decoded front beside the verdict of the signed code.
 */
module konbini.verify {
    requires konbini.render;
    requires konbini.crypto;
}
