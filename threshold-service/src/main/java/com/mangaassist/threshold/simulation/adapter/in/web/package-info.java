/** {@code POST /api/simulations/thresholds}. */
package com.mangaassist.threshold.simulation.adapter.in.web;
