/*
 * The proof of work of the sign form (and of the "my data" form). Fetches a puzzle from the
 * server, finds the number that solves it in small slices (the page stays responsive), and puts
 * the answer in the form's hidden field.
 * A form sent while the puzzle is still being solved waits for it. Without this script the form
 * works all the same: the server then counts the signature against a smaller allowance.
 * SHA-256 is computed here rather than with crypto.subtle, which plain-HTTP pages lack.
 * It also moves the focus to the error summary of a refused form.
 */
(function () {
    'use strict';

    // A refused form comes back scrolled to its list of problems; focus it too, so a screen reader reads it first.
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }

    // The sign form, or another public form that proves work the same way ("my data"): the form
    // names where its puzzle comes from, and its hidden field for the answer ends in "proof".
    var form = document.querySelector('form[data-challenge]');
    var field = form && form.querySelector('input[type=hidden][name$="proof"]');
    if (!form || !field) {
        return;
    }

    var INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var K = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    ];
    var w = new Int32Array(64);
    var words = new Int32Array(32);
    var h = new Int32Array(8);

    function rotate(x, n) {
        return (x >>> n) | (x << (32 - n));
    }

    /** SHA-256 of an ASCII string of at most 119 characters, left in h. */
    function sha256(text) {
        var length = text.length;
        var total = ((length + 8) >> 6) * 16 + 16;
        var i;
        words.fill(0);
        for (i = 0; i < length; i++) {
            words[i >> 2] |= text.charCodeAt(i) << (24 - (i & 3) * 8);
        }
        words[length >> 2] |= 0x80 << (24 - (length & 3) * 8);
        words[total - 1] = length * 8;
        h.set(INITIAL);
        for (var block = 0; block < total; block += 16) {
            for (var t = 0; t < 64; t++) {
                if (t < 16) {
                    w[t] = words[block + t];
                } else {
                    var s0 = rotate(w[t - 15], 7) ^ rotate(w[t - 15], 18) ^ (w[t - 15] >>> 3);
                    var s1 = rotate(w[t - 2], 17) ^ rotate(w[t - 2], 19) ^ (w[t - 2] >>> 10);
                    w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
                }
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
            for (t = 0; t < 64; t++) {
                var t1 = (k + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
                var t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
                k = g;
                g = f;
                f = e;
                e = (d + t1) | 0;
                d = c;
                c = b;
                b = a;
                a = (t1 + t2) | 0;
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += k;
        }
    }

    /** The eight words of a SHA-256 digest written in hex. */
    function wordsOf(digest) {
        var result = new Int32Array(8);
        for (var i = 0; i < 8; i++) {
            result[i] = parseInt(digest.substr(i * 8, 8), 16) | 0;
        }
        return result;
    }

    function matches(target) {
        for (var i = 0; i < 8; i++) {
            if (h[i] !== target[i]) {
                return false;
            }
        }
        return true;
    }

    var solving = false;
    var expiresAt = 0;
    var waitingButton = null;
    var round = 0;

    function start() {
        var mine = ++round;
        solving = true;
        field.value = '';
        var request = new XMLHttpRequest();
        request.open('GET', form.getAttribute('data-challenge'));
        request.onload = function () {
            var puzzle = null;
            try {
                puzzle = request.status === 200 ? JSON.parse(request.responseText) : null;
            } catch (ignored) {
                puzzle = null;
            }
            if (puzzle && puzzle.algorithm === 'SHA-256' && /^[0-9a-f]{64}$/.test(puzzle.challenge)) {
                puzzle.target = wordsOf(puzzle.challenge);
                solve(puzzle, 0, mine);
            } else {
                finish(mine);
            }
        };
        request.onerror = function () {
            finish(mine);
        };
        request.send();
    }

    function solve(puzzle, from, mine) {
        if (mine !== round) {
            return;
        }
        // Slices of 10 ms: even on a phone four times slower than this machine, no slice blocks
        // the page for the 50 ms that make a tap feel ignored.
        var until = Date.now() + 10;
        for (var n = from; n <= puzzle.maxnumber; n++) {
            sha256(puzzle.salt + n);
            if (matches(puzzle.target)) {
                field.value = puzzle.salt + ':' + n + ':' + puzzle.signature;
                expiresAt = Number(puzzle.salt.split('.')[1]) * 1000;
                finish(mine);
                return;
            }
            if (Date.now() > until) {
                setTimeout(function () {
                    solve(puzzle, n + 1, mine);
                }, 0);
                return;
            }
        }
        finish(mine);
    }

    function finish(mine) {
        if (mine !== round) {
            return;
        }
        solving = false;
        if (waitingButton) {
            var button = waitingButton;
            waitingButton = null;
            button.click();
        }
    }

    form.addEventListener('submit', function (event) {
        if (!solving && field.value && Date.now() > expiresAt - 60000) {
            start();
        }
        if (solving) {
            event.preventDefault();
            waitingButton = event.submitter || form.querySelector('[type=submit]');
        }
    });

    // A page restored from the back-forward cache still holds a spent answer: solve a new puzzle.
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            start();
        }
    });

    start();
}());
