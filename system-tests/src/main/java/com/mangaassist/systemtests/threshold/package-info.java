/** Inputs of change control for drills and system tests: confidence history and review capacity. */
package com.mangaassist.systemtests.threshold;
