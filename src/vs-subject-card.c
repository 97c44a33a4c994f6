/* vs-subject-card.c
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-subject-card"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-subject-card.h"

struct _VsSubjectCard
{
  GtkWidget      parent_instance;

  VsSubject     *subject;
  gboolean       best;

  GtkBox        *best_box;
  GtkLabel      *best_label;
  GtkLabel      *drawbacks_label;
  GtkLinkButton *link_button;
  GtkLabel      *name_label;
  GtkLabel      *score_label;
  GtkLabel      *status_label;
  GtkLabel      *summary_label;
  GtkLabel      *used_by_label;
};

G_DEFINE_FINAL_TYPE (VsSubjectCard, vs_subject_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUBJECT,
  PROP_BEST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
vs_subject_card_constructed (GObject *object)
{
  VsSubjectCard *self = (VsSubjectCard *)object;
  const char * const *drawbacks;
  const char * const *used_by;
  const char *url;
  g_autofree char *drawbacks_text = NULL;
  g_autofree char *used_by_text = NULL;

  G_OBJECT_CLASS (vs_subject_card_parent_class)->constructed (object);

  g_assert (VS_IS_SUBJECT (self->subject));

  gtk_label_set_label (self->name_label, vs_subject_get_name (self->subject));
  set_optional_label (self->summary_label, vs_subject_get_summary (self->subject));

  drawbacks = vs_subject_get_drawbacks (self->subject);
  if (drawbacks != NULL && drawbacks[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv ("; ", (char **)drawbacks);
      /* Translators: %s is a list of a framework's drawbacks */
      drawbacks_text = g_strdup_printf (_("Drawbacks: %s"), joined);
    }
  set_optional_label (self->drawbacks_label, drawbacks_text);

  used_by = vs_subject_get_used_by (self->subject);
  if (used_by != NULL && used_by[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)used_by);
      /* Translators: %s is a list of companies or sites */
      used_by_text = g_strdup_printf (_("Used by %s"), joined);
    }
  set_optional_label (self->used_by_label, used_by_text);

  /* Only web and mail links are ever opened, and only on a click. */
  url = vs_subject_get_url (self->subject);
  if (url != NULL && vs_url_is_safe (url))
    {
      gtk_link_button_set_uri (self->link_button, url);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->link_button), url);
      gtk_widget_set_visible (GTK_WIDGET (self->link_button), TRUE);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, vs_subject_get_name (self->subject),
                                  -1);
}

static void
vs_subject_card_dispose (GObject *object)
{
  VsSubjectCard *self = (VsSubjectCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_SUBJECT_CARD);
  /* Template children without an id are not unparented by the above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->subject);

  G_OBJECT_CLASS (vs_subject_card_parent_class)->dispose (object);
}

static void
vs_subject_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VsSubjectCard *self = VS_SUBJECT_CARD (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      g_value_set_object (value, self->subject);
      break;

    case PROP_BEST:
      g_value_set_boolean (value, self->best);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_subject_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VsSubjectCard *self = VS_SUBJECT_CARD (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      self->subject = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_subject_card_class_init (VsSubjectCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vs_subject_card_constructed;
  object_class->dispose = vs_subject_card_dispose;
  object_class->get_property = vs_subject_card_get_property;
  object_class->set_property = vs_subject_card_set_property;

  properties[PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL,
                         VS_TYPE_SUBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BEST] =
    g_param_spec_boolean ("best", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/versus/Versus/vs-subject-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, best_box);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, best_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, drawbacks_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, link_button);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, score_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, used_by_label);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vs_subject_card_init (VsSubjectCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vs_subject_card_new (VsSubject *subject)
{
  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);

  return g_object_new (VS_TYPE_SUBJECT_CARD,
                       "subject", subject,
                       NULL);
}

VsSubject *
vs_subject_card_get_subject (VsSubjectCard *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT_CARD (self), NULL);

  return self->subject;
}

static char *
join_criterion_names (GPtrArray *criteria)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; criteria != NULL && i < criteria->len; i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, vs_criterion_get_name (g_ptr_array_index (criteria, i)));
    }

  return g_string_free (names, FALSE);
}

/**
 * vs_subject_card_set_result:
 * @ranking: (nullable): the current ranking
 *
 * Shows how the card's subject fares in @ranking: its score, whether it
 * is the best match, or which must-haves exclude it.
 */
void
vs_subject_card_set_result (VsSubjectCard *self,
                            VsRanking     *ranking)
{
  const VsResult *result = NULL;
  gboolean best = FALSE;

  g_return_if_fail (VS_IS_SUBJECT_CARD (self));
  g_return_if_fail (!ranking || VS_IS_RANKING (ranking));

  if (ranking != NULL && vs_ranking_has_verdict (ranking))
    result = vs_ranking_lookup (ranking, self->subject);

  if (result == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->score_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "excluded");
    }
  else if (result->excluded)
    {
      g_autofree char *names = join_criterion_names (result->excluded_by);
      g_autofree char *status = NULL;

      /* Translators: %s is a list of must-have requirements */
      status = g_strdup_printf (_("Excluded by %s"), names);
      gtk_label_set_label (self->status_label, status);
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->score_label), FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "excluded");
    }
  else
    {
      g_autofree char *score = NULL;

      /* Translators: a score out of 100, e.g. "75 %" */
      score = g_strdup_printf (_("%.0f %%"), result->score);
      gtk_label_set_label (self->score_label, score);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->score_label), _("Share of the requirements it meets"));
      gtk_widget_set_visible (GTK_WIDGET (self->score_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "excluded");
      best = result->best;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->best_box), best);
  if (best)
    gtk_widget_add_css_class (GTK_WIDGET (self), "best-match");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "best-match");

  if (self->best != best)
    {
      self->best = best;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BEST]);
    }
}

gboolean
vs_subject_card_get_best (VsSubjectCard *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT_CARD (self), FALSE);

  return self->best;
}

/**
 * vs_subject_card_get_status_text:
 *
 * Returns: the status line ("Excluded by …"), or "" when none is shown
 */
const char *
vs_subject_card_get_status_text (VsSubjectCard *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT_CARD (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->status_label)))
    return "";

  return gtk_label_get_label (self->status_label);
}
