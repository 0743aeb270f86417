/*
 * The sign form in a partner's frame tells the page around it how tall it is, so a host page
 * that listens (see docs/console.md) can size the frame to fit. Without a listener nothing
 * happens, and without this script the frame still works: it scrolls.
 */
(function () {
    'use strict';

    if (window.parent === window) {
        return;
    }
    var last = 0;

    function tell() {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== last) {
            last = height;
            // The height is not secret, and the host's origin is not known here: any page may hear it.
            window.parent.postMessage({firmas: 'height', height: height}, '*');
        }
    }

    window.addEventListener('load', tell);
    window.addEventListener('resize', tell);
    if (window.ResizeObserver) {
        new ResizeObserver(tell).observe(document.body);
    }
}());
