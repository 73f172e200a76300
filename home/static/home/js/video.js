// Click-to-load for videos on YouTube or Vimeo (home/templates/blocks/video_block.html):
// nothing is fetched from the video site until the visitor clicks. Without JavaScript the
// button stays a plain link to the video's own address.
for (const link of document.querySelectorAll("a[data-video-player]")) {
    link.addEventListener("click", (event) => {
        event.preventDefault();
        const frame = document.createElement("iframe");
        frame.className = "video__frame";
        frame.title = link.dataset.videoTitle;
        frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
        frame.allowFullscreen = true;
        // The site sends no referrer elsewhere; the players refuse to play without one.
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        frame.src = link.dataset.videoPlayer;
        link.closest(".video__facade").replaceWith(frame);
        frame.focus();
    });
}
