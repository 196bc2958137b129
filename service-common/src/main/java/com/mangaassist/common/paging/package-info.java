/** Pages to the on-call rotation: the port, SNS in AWS, a recorded list locally. */
package com.mangaassist.common.paging;
