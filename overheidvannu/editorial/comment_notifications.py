"""Comments and replies reach the page's writer.

Wagtail mails a page's comment activity to users subscribed to it
(`PageSubscription.comment_notifications`, the "Meldingen over opmerkingen"
switch on the edit page, off by default) and to the others in the thread.
The page switch starts off for everyone, so a Redacteur whose page the
Eindredactie comments on, or replies to, heard nothing. Here the page's
owner (its writer) is subscribed whenever a comment or reply on it is stored,
before Wagtail picks the recipients in the same request. Whether mail about
comments comes at all stays the writer's own choice: Wagtail's account
setting for comment notifications (`UserProfile.updated_comments_notifications`),
which Wagtail's mail checks for every recipient.
"""

from wagtail.models import Comment, CommentReply, Page, PageSubscription


def subscribe_owner(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    comment = instance.comment if isinstance(instance, CommentReply) else instance
    owner_id = Page.objects.filter(pk=comment.page_id).values_list("owner_id", flat=True).first()
    if owner_id is not None:
        PageSubscription.objects.update_or_create(
            page_id=comment.page_id, user_id=owner_id, defaults={"comment_notifications": True}
        )


def connect(post_save):
    post_save.connect(subscribe_owner, sender=Comment, dispatch_uid="editorial-comment-owner")
    post_save.connect(subscribe_owner, sender=CommentReply, dispatch_uid="editorial-reply-owner")
