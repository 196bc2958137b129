/** Feedback from outside: seeding customers and answered turns, and the intake load harness. */
package com.mangaassist.systemtests.feedback;
